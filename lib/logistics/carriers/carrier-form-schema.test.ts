import { describe, expect, it } from 'vitest';
import { carrierTrackingUrl } from '../shipping/carriers';
import { isTrackingUrlTemplate } from './carrier-form-schema';

describe('tracking URL templates', () => {
  it('accept https addresses with {code}, and nothing else', () => {
    expect(isTrackingUrlTemplate('https://t.example/x?c={code}')).toBe(true);
    expect(isTrackingUrlTemplate('https://t.example/{code}/status')).toBe(true);
    expect(isTrackingUrlTemplate('http://t.example/x?c={code}')).toBe(false);
    expect(isTrackingUrlTemplate('https://t.example/x')).toBe(false);
    expect(isTrackingUrlTemplate('javascript:alert(1)//{code}')).toBe(false);
    expect(isTrackingUrlTemplate('https://{code}')).toBe(true);
    expect(isTrackingUrlTemplate('https:// bad host/{code}')).toBe(false);
  });

  it('put the URL-encoded code where {code} is; no template, no link', () => {
    expect(carrierTrackingUrl('https://t.example/x?c={code}', 'A&B=1 ?')).toBe(
      'https://t.example/x?c=A%26B%3D1%20%3F',
    );
    expect(carrierTrackingUrl(null, 'AB1')).toBeNull();
  });
});
