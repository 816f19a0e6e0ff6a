/** Payloads that must never run: used by the unit tests and the browser test. */
export const XSS_CORPUS = [
  "<script>window.__xss = 1</script>",
  '<img src=x onerror="window.__xss = 1">',
  '<a href="javascript:window.__xss=1">click</a>',
  '<svg onload="window.__xss = 1"><script>window.__xss = 1</script></svg>',
  '"><iframe src="javascript:window.__xss=1">',
  "<style>body{background:url(javascript:window.__xss=1)}</style>",
  '{{ "x" | append: "<script>window.__xss=1</script>" }}',
  "{% include 'secrets' %}",
  "&lt;script&gt;already escaped&lt;/script&gt;",
] as const;
