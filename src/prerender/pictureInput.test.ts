// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { takePictureInput } from './pictureInput';

afterEach(() => {
  document.body.innerHTML = '';
});

function picture(attributes: Record<string, string>) {
  const el = document.createElement('div');
  el.id = 'prerender';
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.innerHTML = '<div class="map-frame" tabindex="0"></div><button>Play</button>';
  document.body.append(el);
  return el;
}

describe('takePictureInput', () => {
  it('is null without a picture, or when nothing was asked of it', () => {
    expect(takePictureInput()).toBeNull();
    picture({});
    expect(takePictureInput()).toBeNull();
  });

  it('reads the country asked for, the one the keyboard is on, and whether the picture’s map has the focus', () => {
    const el = picture({ 'data-picture-open': 'SRB', 'data-picture-active': 'VNM' });
    expect(takePictureInput()).toEqual({ open: 'SRB', active: 'VNM', focused: false });
    el.querySelector<HTMLElement>('.map-frame')!.focus();
    expect(takePictureInput()).toEqual({ open: 'SRB', active: 'VNM', focused: true });
  });

  it('counts only the map’s focus, and ignores values that are not a country code', () => {
    const el = picture({ 'data-picture-open': '"><img>', 'data-picture-active': 'srb' });
    el.querySelector('button')!.focus();
    expect(takePictureInput()).toBeNull();
  });
});
