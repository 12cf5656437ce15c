import { afterEach, describe, expect, it } from 'vitest';
import { vindChromium } from './chromium.js';

describe('finding Chromium for the browser tests', () => {
  const oud = process.env['CHROMIUM_PATH'];
  afterEach(() => {
    if (oud === undefined) delete process.env['CHROMIUM_PATH'];
    else process.env['CHROMIUM_PATH'] = oud;
  });

  it('takes CHROMIUM_PATH; when it names no file, the tests fail with a Dutch line saying how to install it (never a skip, never an install over an explicit path)', () => {
    process.env['CHROMIUM_PATH'] = '/bestaat/niet/chromium';
    expect(() => vindChromium()).toThrow(
      "Chromium ontbreekt (gezocht: /bestaat/niet/chromium). Installeer het met 'sudo apt-get install -y chromium' (Debian/Ubuntu), of zet CHROMIUM_PATH op het pad van een Chromium- of Chrome-programma.",
    );
    process.env['CHROMIUM_PATH'] = process.execPath; // any existing file is taken as it is
    expect(vindChromium()).toBe(process.execPath);
  });
});
