/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded by Node at run time rather than bundled: they carry wasm and native-ish code paths.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "pg-boss", "@electric-sql/pglite"],
  poweredByHeader: false,
};

export default nextConfig;
