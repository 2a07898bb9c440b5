import { safeNextPath } from './forms';

describe('safeNextPath', () => {
  it('keeps paths of the portal', () => {
    expect(safeNextPath('/admin/members')).toBe('/admin/members');
    expect(safeNextPath('/account?tab=password')).toBe('/account?tab=password');
  });

  it('refuses anything that could leave the portal', () => {
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('javascript:alert(1)')).toBe('/');
  });

  it('never loops back to the sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
