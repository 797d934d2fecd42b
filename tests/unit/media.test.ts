import { describe, expect, it } from 'vitest';
import { responsiveWidths } from '../../src/lib/media';

describe('responsive image widths', () => {
  it('stop at the largest candidate for big originals, without a duplicate', () => {
    expect(responsiveWidths(2000)).toEqual([320, 480, 640, 960, 1280]);
    expect(responsiveWidths(1280)).toEqual([320, 480, 640, 960, 1280]);
  });
  it('never upscale a small original', () => {
    expect(responsiveWidths(700)).toEqual([320, 480, 640, 700]);
    expect(responsiveWidths(200)).toEqual([200]);
  });
});
