import { outboxStatusFromParams } from './outbox-params';

describe('the outbox status in the address', () => {
  it('is a known status or none', () => {
    expect(outboxStatusFromParams(new URLSearchParams('status=pending'))).toBe('pending');
    expect(outboxStatusFromParams(new URLSearchParams('status=sent'))).toBe('sent');
    expect(outboxStatusFromParams(new URLSearchParams('status=lost'))).toBeUndefined();
    expect(outboxStatusFromParams(new URLSearchParams(''))).toBeUndefined();
  });
});
