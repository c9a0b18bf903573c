// One article, one key: the same story reached from a newsletter, a social post or a "#comments" link is one row
// in the history, not three.

// Parameters that say where a reader came from, never which article it is (campaign tags and click ids).
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|ocid|cmpid|smid|sr_share)$/i;

/** The article's identity: its URL without the fragment and without tracking parameters. */
export function articleKey(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href.split('#')[0]!;
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name);
  return url.toString().replace(/\?$/, '');
}

/** The site part of a URL as readers name it ("news.example" for https://www.news.example/a), '' when there is none. */
export function siteHost(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
