import {
  timedCues,
  type TimedCue,
  type TranscriptState,
} from '../../core/summary/transcript-excerpts';
import { parseWebVtt } from '../../core/summary/webvtt';
import type { MeetingProvider, MeetingRecord } from '../meeting';
import type { Logger } from '../platform/logger';

/**
 * Reads a meeting's transcripts from Graph and places their cues on the wall clock, for the
 * summary's "what was said". Run by the attendance job at each try (Teams publishes the
 * transcript about when it publishes the report); a 403 names the permission and leaves
 * everything else as it was; a file that is not WebVTT is kept as "unreadable".
 */
export async function readTranscript(
  meetings: MeetingProvider,
  meeting: MeetingRecord,
  log: Logger,
): Promise<TranscriptState | undefined> {
  if (!meetings.readTranscripts) return undefined;
  const outcome = await meetings.readTranscripts(meeting);
  switch (outcome.kind) {
    case 'notApplicable':
    case 'failed':
      return undefined;
    case 'refused':
      log.warn({ permission: outcome.permission }, 'Graph refused the meeting transcript');
      return { kind: 'refused', permission: outcome.permission };
    case 'transcripts': {
      if (outcome.transcripts.length === 0) return { kind: 'none' };
      const cues: TimedCue[] = [];
      for (const transcript of outcome.transcripts) {
        const parsed = parseWebVtt(transcript.vtt);
        if (!parsed.ok) {
          log.warn({ transcript: transcript.id, ...parsed }, 'meeting transcript is not WebVTT');
          return { kind: 'unreadable' };
        }
        cues.push(...timedCues(transcript.createdAt.getTime(), parsed.cues));
      }
      return { kind: 'stored', cues: cues.sort((a, b) => a.at - b.at) };
    }
  }
}
