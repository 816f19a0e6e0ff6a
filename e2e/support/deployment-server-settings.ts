/** Shared by e2e/support/deployment-server.ts and the specs of the "deployment" project. */
export const DEPLOYMENT_PORT = Number(process.env.E2E_DEPLOY_PORT ?? 3101);
export const DEPLOYMENT_PROVIDER_URL = `http://127.0.0.1:${process.env.E2E_DEPLOY_PROVIDER_PORT ?? 3199}`;
export const DEPLOYMENT_OWNER = "mia.lopez@lighthouse.example";
