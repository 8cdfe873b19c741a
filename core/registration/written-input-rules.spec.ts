import JSZip from 'jszip';
import {
  checkFileContent,
  checkFileName,
  checkStatementText,
  MAX_STATEMENT_FILE_BYTES,
} from './written-input-rules';

const bytes = (text: string) => new TextEncoder().encode(text);
const zipOf = (names: string[]) => {
  const zip = new JSZip();
  names.forEach((name) => zip.file(name, '<w:document/>'));
  return zip.generateAsync({ type: 'uint8array' });
};

describe('written input rules', () => {
  it('accepts PDF, DOCX and TXT names and refuses others', () => {
    expect(checkFileName('Statement.PDF')).toBe('pdf');
    expect(checkFileName('input.docx')).toBe('docx');
    expect(checkFileName('notes.txt')).toBe('txt');
    expect(checkFileName('slides.pptx')).toBe('statement.refused.fileType');
    expect(checkFileName('../../etc/passwd.txt')).toBe('statement.refused.fileName');
  });

  it('checks that the bytes are what the name claims', () => {
    expect(checkFileContent('pdf', bytes('%PDF-1.7 ...'))).toBeUndefined();
    expect(checkFileContent('pdf', bytes('MZ executable'))).toBe(
      'statement.refused.contentMismatch',
    );
    expect(checkFileContent('docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]))).toBe(
      'statement.refused.contentMismatch',
    );
    expect(checkFileContent('txt', bytes('Plain statement, déjà vu'))).toBeUndefined();
    expect(checkFileContent('txt', new Uint8Array([0x41, 0, 0x42]))).toBe(
      'statement.refused.contentMismatch',
    );
    expect(checkFileContent('txt', new Uint8Array([0xff, 0xfe, 0xfd]))).toBe(
      'statement.refused.contentMismatch',
    );
  });

  it('takes a ZIP for a DOCX only when it holds word/document.xml', async () => {
    const docx = await zipOf(['[Content_Types].xml', 'word/document.xml']);
    expect(checkFileContent('docx', docx)).toBeUndefined();
    const other = await zipOf(['xl/workbook.xml']);
    expect(checkFileContent('docx', other)).toBe('statement.refused.contentMismatch');
    const cut = docx.subarray(0, docx.length - 30);
    expect(checkFileContent('docx', cut)).toBe('statement.refused.contentMismatch');
  });

  it('refuses empty files and files over 10 MB', () => {
    expect(checkFileContent('txt', new Uint8Array())).toBe('statement.refused.empty');
    expect(checkFileContent('pdf', new Uint8Array(MAX_STATEMENT_FILE_BYTES + 1))).toBe(
      'statement.refused.tooLarge',
    );
  });

  it('trims typed statements and refuses empty or oversized ones', () => {
    expect(checkStatementText('  Our view.  ')).toEqual({ text: 'Our view.' });
    expect(checkStatementText('   ')).toEqual({ refusal: 'statement.refused.empty' });
    expect(checkStatementText(12)).toEqual({ refusal: 'statement.refused.empty' });
    expect(checkStatementText('x'.repeat(20001))).toEqual({
      refusal: 'statement.refused.textTooLong',
    });
    expect(checkStatementText('Our\u0000 view')).toEqual({
      refusal: 'statement.refused.controlCharacters',
    });
    expect(checkStatementText('Para 1.\n\tPara 2.')).toEqual({ text: 'Para 1.\n\tPara 2.' });
  });
});
