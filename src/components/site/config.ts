/**
 * Site-wide constants for the shell: name, navigation, repository link.
 * Paths are site-root paths; pass them through url() (src/lib/urls.ts).
 */

export const SITE_NAME = '广州改革案例数据';

export interface NavItem {
  href: string;
  label: string;
}

export const NAV: readonly NavItem[] = [
  { href: '/', label: '首页' },
  { href: '/stories/', label: '故事' },
  { href: '/cases/', label: '案例' },
  { href: '/districts/', label: '各区' },
  { href: '/years/', label: '年份' },
  { href: '/compare/', label: '对比' },
  { href: '/data/', label: '数据' },
  { href: '/about/', label: '关于' },
  { href: '/search/', label: '搜索' },
];

/**
 * Public repository, for "report an error". Set PUBLIC_REPO_URL at build time;
 * when unset, pages omit the link rather than invent an address.
 */
export const REPO_URL: string | undefined = (() => {
  const value: unknown = import.meta.env.PUBLIC_REPO_URL;
  return typeof value === 'string' && /^https:\/\//.test(value) ? value.replace(/\/+$/, '') : undefined;
})();

/** Which nav item a (base-stripped) pathname belongs to: '/' only on the home page. */
export function isCurrent(item: NavItem, pathname: string): boolean {
  return item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
}
