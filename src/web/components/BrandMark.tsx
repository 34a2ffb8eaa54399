interface BrandMarkProps {
  size?: number;
}

/** The 石榴 mark: a pomegranate whose seeds stand for the many peoples held together. */
export function BrandMark({ size = 32 }: BrandMarkProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" role="img" aria-label="石榴">
      <path d="M25 9h14l-3 8h-8z" fill="#7a1d15" />
      <path d="M27 9l-2-4M32 9V3M37 9l2-4" stroke="#7a1d15" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="32" cy="38" r="23" fill="#c0392b" />
      <circle cx="32" cy="38" r="23" fill="url(#shiliu-shine)" />
      <g fill="#fbe3dc">
        <circle cx="24" cy="33" r="4" />
        <circle cx="35" cy="30" r="4" />
        <circle cx="29" cy="43" r="4" />
        <circle cx="40" cy="41" r="4" />
        <circle cx="21" cy="44" r="3" />
        <circle cx="44" cy="31" r="3" />
      </g>
      <defs>
        <radialGradient id="shiliu-shine" cx="0.35" cy="0.3" r="0.8">
          <stop offset="0" stopColor="#ffffff" stopOpacity="0.25" />
          <stop offset="1" stopColor="#000000" stopOpacity="0.12" />
        </radialGradient>
      </defs>
    </svg>
  );
}
