import { afterEach, describe, expect, it } from 'vitest';
import { currentLink } from './exportSources';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('currentLink', () => {
  it('returns the address of the view on screen', () => {
    window.history.replaceState(null, '', '/?view=compare&countries=BLR,SRB');
    expect(currentLink()).toBe('http://localhost:3000/?view=compare&countries=BLR,SRB');
  });

  it('leaves the briefing pack out, so an image does not print it', () => {
    window.history.replaceState(null, '', '/?view=trends&countries=SRB&pack=W3sicSI6Ij8ifV0');
    expect(currentLink()).toBe('http://localhost:3000/?view=trends&countries=SRB');
  });
});
