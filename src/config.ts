// The deployer's settings (deploy.config.json), fixed at build time.
export interface Config {
  basePath: string;
  siteUrl: string;
  exitUrl: string;
  defaultLanguage: string;
  regionalHelp: unknown[];
}

declare const __DEPLOY_CONFIG__: Config;

export const config: Config = __DEPLOY_CONFIG__;
