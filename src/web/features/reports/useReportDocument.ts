import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportDetail } from '../../../contracts/report-api.contract.js';
import type { Block, ReportBody } from '../../../contracts/report.contract.js';
import { getReport, saveReport } from '../../api/reports.api.js';
import { figureIndex, inlineText } from './report-view.js';

/** How many edits 撤销 can take back. */
const UNDO_DEPTH = 100;

export interface ReportDocument {
  /** The report as the server last answered (version, title, dates). */
  report: ReportDetail;
  /** The body on screen, with the writer's edits. */
  body: ReportBody;
  /** Counts edits; the body is saved when this equals `savedRevision`. */
  revision: number;
  savedRevision: number;
  /** Counts bodies that came from the server (load, refresh, restore), so open editors start over. */
  generation: number;
}

/** The title a save sends: the title block's words, or the stored title when that block is empty or gone. */
export function titleOf(body: ReportBody, fallback: string): string {
  const block = body.blocks.find((b) => b.type === 'title');
  const text = block ? inlineText(block, figureIndex(body)).trim() : '';
  return (text || fallback).slice(0, 100);
}

/**
 * One report being edited: loads it, applies edits locally, saves with the version it was loaded
 * at (the server answers 409 if someone saved in between), and takes in a report the server
 * changed (refresh, restore). Edits made while a save is under way stay unsaved.
 */
export function useReportDocument(id: number) {
  const [doc, setDoc] = useState<ReportDocument | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const docRef = useRef(doc);
  useEffect(() => {
    docRef.current = doc;
  }, [doc]);

  // Bodies before each edit, for 撤销. Typing into one block is one step, however many keys it took.
  const [history, setHistory] = useState<readonly ReportBody[]>([]);
  const lastEditKey = useRef<string | undefined>(undefined);
  const forget = useCallback(() => {
    setHistory([]);
    lastEditKey.current = undefined;
  }, []);

  const take = useCallback(
    (report: ReportDetail) => {
      forget();
      setError(undefined);
      setDoc((prev) => ({ report, body: report.body, revision: 0, savedRevision: 0, generation: (prev?.generation ?? 0) + 1 }));
    },
    [forget],
  );

  useEffect(() => {
    const controller = new AbortController();
    getReport(id, controller.signal).then(take, (e: unknown) => {
      if (!controller.signal.aborted) setError(e);
    });
    return () => controller.abort();
  }, [id, take]);

  /** Loads the stored report again, dropping unsaved edits (after a 409); a failure is thrown to the caller. */
  const load = useCallback(async () => take(await getReport(id)), [id, take]);

  const remember = useCallback((key: string | undefined) => {
    const before = docRef.current?.body;
    if (before && (key === undefined || key !== lastEditKey.current)) setHistory((h) => [...h.slice(-(UNDO_DEPTH - 1)), before]);
    lastEditKey.current = key;
  }, []);

  /** Applies an edit; consecutive edits with the same `key` (keystrokes in one block) undo as one. */
  const editBlocks = useCallback(
    (change: (blocks: Block[]) => Block[], key?: string) => {
      remember(key);
      setDoc((d) => (d ? { ...d, body: { ...d.body, blocks: change(d.body.blocks) }, revision: d.revision + 1 } : d));
    },
    [remember],
  );

  const setOptions = useCallback(
    (options: ReportBody['options']) => {
      remember(undefined);
      setDoc((d) => (d ? { ...d, body: { ...d.body, options }, revision: d.revision + 1 } : d));
    },
    [remember],
  );

  /** Goes back one edit; open block editors start over from the restored text. */
  const undo = useCallback(() => {
    const previous = history[history.length - 1];
    if (!previous) return;
    setHistory(history.slice(0, -1));
    lastEditKey.current = undefined;
    setDoc((d) => (d ? { ...d, body: previous, revision: d.revision + 1, generation: d.generation + 1 } : d));
  }, [history]);

  /** Takes a report the server changed as the new saved state; the writer's unsaved edits are gone. */
  const adopt = useCallback(
    (report: ReportDetail) => {
      forget();
      setDoc((d) => ({
        report,
        body: report.body,
        revision: (d?.revision ?? 0) + 1,
        savedRevision: (d?.revision ?? 0) + 1,
        generation: (d?.generation ?? 0) + 1,
      }));
    },
    [forget],
  );

  /** Saves what is on screen and answers the saved report; throws the ApiError (409 when stale) for the caller to report. */
  const save = useCallback(async (): Promise<ReportDetail | undefined> => {
    const current = docRef.current;
    if (!current) return undefined;
    const { report, body, revision } = current;
    const saved = await saveReport(report.id, { version: report.version, title: titleOf(body, report.title), body });
    setDoc((d) => {
      if (!d) return d;
      // Edits typed while the save was on its way stay on screen (and unsaved).
      const untouched = d.revision === revision;
      return { ...d, report: saved, body: untouched ? saved.body : d.body, savedRevision: revision };
    });
    return saved;
  }, []);

  const dirty = doc !== undefined && doc.revision !== doc.savedRevision;
  return { doc, error, dirty, load, editBlocks, setOptions, adopt, save, undo, canUndo: history.length > 0 };
}
