import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseWebVtt } from './webvtt';

const TEAMS = readFileSync(
  path.join(__dirname, '../../tests/fixtures/graph/teams-transcript.vtt'),
  'utf8',
);

describe('parseWebVtt', () => {
  it('when a Teams transcript is read, then each cue has its times, voice and plain text', () => {
    const result = parseWebVtt(TEAMS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.cues).toHaveLength(4);
    expect(result.cues[0]).toEqual({
      startMs: 2140,
      endMs: 5870,
      voice: 'Ama Owusu',
      text: 'Good afternoon and welcome to the dialogue.',
    });
    expect(result.cues[2]?.text).toBe('We propose a global portal & a roster of experts.');
    expect(result.cues[3]).toMatchObject({ startMs: 72_000, endMs: 78_450, voice: 'Person 2' });
  });

  it('when cues have hours, settings, no identifier, CRLF and NOTE blocks, then they are read', () => {
    const text =
      'WEBVTT - Teams\r\n\r\nNOTE made by a test\r\n\r\n01:02:03.004 --> 01:02:04.000 align:start\r\n<v.loud Speaker A>Hi <b>there</b></v>\r\n';
    expect(parseWebVtt(text)).toEqual({
      ok: true,
      cues: [{ startMs: 3_723_004, endMs: 3_724_000, voice: 'Speaker A', text: 'Hi there' }],
    });
  });

  it('when the signature, a timing or the order is wrong, then the file is refused with its line', () => {
    expect(parseWebVtt('WEBVTTX\n\n')).toEqual({ ok: false, line: 1, reason: 'header' });
    expect(parseWebVtt('WEBVTT\n\nid\n00:01.000 -> 00:02.000\nx\n')).toEqual({
      ok: false,
      line: 4,
      reason: 'timing',
    });
    expect(parseWebVtt('WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nx\n')).toMatchObject({
      reason: 'order',
      line: 3,
    });
    expect(
      parseWebVtt('WEBVTT\n\n00:05.000 --> 00:06.000\na\n\n00:01.000 --> 00:02.000\nb\n'),
    ).toMatchObject({ reason: 'order', line: 6 });
  });

  it('when a cue has no voice tag, then its voice is null', () => {
    const result = parseWebVtt('WEBVTT\n\n00:00.500 --> 00:01.000\nplain &lt;words&gt;\n');
    expect(result).toEqual({
      ok: true,
      cues: [{ startMs: 500, endMs: 1000, voice: null, text: 'plain <words>' }],
    });
  });
});
