/**
 * The page for an address that cannot be read (a broken %-escape): the production server (scripts/lib/secure-request.mjs)
 * and, under `next dev`, src/proxy.ts answer with it, status 400, before the framework would answer with its bare
 * "400 Bad Request". It is plain HTML (no scripts, no stylesheet: the request never reaches the app), drawn with style
 * attributes in the app's colours, with a way back. Plain JavaScript, as the production server runs it under node itself.
 */
export const BAD_REQUEST_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>This address isn't right · Followthrough</title>
<link rel="icon" href="/icon.svg" type="image/svg+xml">
</head>
<body style="margin:0;min-height:100vh;background:#f8fafc;color:#1c2430;font-family:ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;line-height:1.5">
<header style="border-bottom:1px solid #e2e8f0;background:#fff">
<div style="max-width:64rem;margin:0 auto;padding:0 16px;min-height:60px;display:flex;align-items:center">
<a href="/" style="color:#1b4694;font-size:1.125rem;font-weight:600;text-decoration:none">Followthrough</a>
</div>
</header>
<main id="main" style="max-width:28rem;margin:40px auto;padding:0 16px">
<section aria-labelledby="error-title" style="background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:24px;box-shadow:0 1px 2px rgba(0,0,0,.05)">
<h1 id="error-title" style="margin:0 0 12px;font-size:1.5rem;letter-spacing:-0.01em">This address isn't right</h1>
<p style="margin:0 0 12px">The link you followed is damaged: part of it can't be read. It may have been cut short or changed when it was copied.</p>
<p style="margin:0 0 24px;color:#5b6675;font-size:.875rem">Try the link again from where you found it, or go to your dashboard.</p>
<a href="/" style="display:inline-flex;align-items:center;min-height:44px;padding:0 16px;border:1px solid #cbd5e1;border-radius:6px;background:#fff;color:#1c2430;font-weight:500;text-decoration:none">Go to your dashboard</a>
</section>
</main>
</body>
</html>
`;
