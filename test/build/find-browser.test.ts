import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/build/build-error.js';
import { findBrowser, usualBrowserPaths } from '../../src/build/pdf/find-browser.js';

const only = (...files: string[]) => {
  const asked: string[] = [];
  const exists = (file: string) => {
    asked.push(file);
    return files.includes(file);
  };
  return { exists, asked };
};

function thrown(run: () => unknown): BuildError {
  try {
    run();
  } catch (error) {
    if (error instanceof BuildError) return error;
    throw error;
  }
  throw new Error('expected a BuildError');
}

describe('finding the browser that prints the PDF', () => {
  it('uses CHROME_PATH when it names a file, without looking elsewhere', () => {
    const fs = only('/opt/chrome/chrome', '/usr/bin/chromium');
    expect(findBrowser({ chromePath: '/opt/chrome/chrome', platform: 'linux', ...fs })).toBe(
      '/opt/chrome/chrome',
    );
    expect(fs.asked).toEqual(['/opt/chrome/chrome']);
  });

  it('names CHROME_PATH and its value when nothing is there, even if a browser is installed', () => {
    const error = thrown(() =>
      findBrowser({
        chromePath: '/opt/missing/chrome',
        platform: 'linux',
        ...only('/usr/bin/chromium'),
      }),
    );
    expect(error.message).toContain('CHROME_PATH');
    expect(error.message).toContain('/opt/missing/chrome');
    expect(error.hint).toContain('CHROME_PATH');
  });

  it('takes the first usual Linux path that exists', () => {
    const fs = only('/usr/bin/google-chrome-stable', '/snap/bin/chromium');
    expect(findBrowser({ platform: 'linux', ...fs })).toBe('/usr/bin/google-chrome-stable');
    expect(fs.asked).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ]);
  });

  it('finds Chrome, Chromium or Edge in the macOS Applications folder', () => {
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser({ platform: 'darwin', ...only(edge) })).toBe(edge);
  });

  it('finds Chrome in the Windows program folders it is given', () => {
    const chrome = 'D:\\Apps\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ platform: 'win32', programFolders: ['D:\\Apps'], ...only(chrome) })).toBe(
      chrome,
    );
    expect(usualBrowserPaths('win32')).toContain(
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    );
  });

  it.each(['linux', 'darwin', 'win32'] as const)(
    'without any browser on %s, says what to install and how to name one',
    (platform) => {
      const fs = only();
      const error = thrown(() => findBrowser({ platform, ...fs }));
      expect(fs.asked).toEqual(usualBrowserPaths(platform));
      expect(error.message).toBe('No Chrome or Chromium found to print the PDF.');
      expect(error.hint).toContain('Install Google Chrome or Chromium');
      expect(error.hint).toContain('sudo apt-get install chromium');
      expect(error.hint).toContain('CHROME_PATH');
    },
  );
});
