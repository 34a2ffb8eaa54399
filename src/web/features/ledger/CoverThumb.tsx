import { PictureOutlined } from '@ant-design/icons';

interface CoverThumbProps {
  url: string | null;
  size?: number;
}

/** An entry's first photo, small; a quiet placeholder when it has none, so rows keep their rhythm. */
export function CoverThumb({ url, size = 48 }: CoverThumbProps) {
  const box = { width: size, height: size, borderRadius: 6, flex: 'none' } as const;
  if (!url) {
    return (
      <span
        style={{
          ...box,
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          background: '#f3efed',
          color: 'rgba(0,0,0,0.25)',
          fontSize: size / 2.4,
        }}
      >
        <PictureOutlined />
      </span>
    );
  }
  return <img src={url} alt="" loading="lazy" style={{ ...box, objectFit: 'cover', display: 'block', background: '#f3efed' }} />;
}
