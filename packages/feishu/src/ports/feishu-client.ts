import { AppType, Client, LoggerLevel } from '@larksuiteoapi/node-sdk';
import { type FeishuLogger, sdkLogger, silentLogger } from '../config/feishu-logger.js';
import { type FeishuSettings, sdkDomain } from '../config/feishu-settings.js';

/** The SDK's Open API client: it fetches and caches the tenant access token itself. */
export type FeishuClient = Client;

/** One client per app: a self-built app's tenant token is managed by the SDK. */
export function createFeishuClient(settings: FeishuSettings, logger: FeishuLogger = silentLogger): FeishuClient {
  return new Client({
    appId: settings.appId,
    appSecret: settings.appSecret,
    appType: AppType.SelfBuild,
    domain: sdkDomain(settings),
    logger: sdkLogger(logger, [settings.appSecret, settings.encryptKey, settings.verificationToken]),
    loggerLevel: LoggerLevel.warn,
  });
}
