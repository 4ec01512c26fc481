import path from 'node:path';

export interface Config {
  production: boolean;
  port: number;
  /** Base URL people reach the portals at; used in e-mailed links. */
  publicUrl: string;
  /** A PostgreSQL server; when absent an embedded PGlite database under dataDir is started. */
  databaseUrl?: string;
  dataDir: string;
  /** Serve the built portals from these folders (absent in API-only tests). */
  portals?: { school: string; provider: string };
  demoPassword: string;
  seedDemoData: boolean;
  smtpUrl?: string;
  mailFrom: string;
  sessionDays: number;
  invitationDays: number;
  passwordResetMinutes: number;
  login: { attemptsPerAccount: number; attemptsPerAddress: number; windowSeconds: number };
  logQueries: boolean;
  /** Run scheduled background jobs (evidence reminders) in this process. */
  runJobs: boolean;
  /** Evidence expiring within this many days shows as EXPIRING. */
  evidenceExpiringDays: number;
  /** Largest document upload accepted, in megabytes. */
  maxUploadMb: number;
  /** A daily-reported session with no mark this many minutes after it starts counts as not yet reported. */
  attendanceReportGraceMinutes: number;
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export const DEFAULT_DEMO_PASSWORD = 'ap-demo-password-2026';

function integer(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

/** Reads configuration once from the environment; refuses to start in production without its secrets. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const production = env.NODE_ENV === 'production';
  const port = integer('PORT', 4000, env);
  const config: Config = {
    production,
    port,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, 'data')),
    portals: {
      school: path.join(repoRoot, 'school-portal', 'dist'),
      provider: path.join(repoRoot, 'provider-portal', 'dist'),
    },
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    seedDemoData: !production && env.SEED_DEMO_DATA !== 'false',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'AP Partnership <no-reply@ap-partnership.example>',
    sessionDays: integer('SESSION_DAYS', 14, env),
    invitationDays: integer('INVITATION_DAYS', 7, env),
    passwordResetMinutes: integer('PASSWORD_RESET_MINUTES', 60, env),
    login: {
      attemptsPerAccount: integer('LOGIN_ATTEMPTS_PER_ACCOUNT', 5, env),
      attemptsPerAddress: integer('LOGIN_ATTEMPTS_PER_ADDRESS', 50, env),
      windowSeconds: integer('LOGIN_WINDOW_SECONDS', 15 * 60, env),
    },
    logQueries: env.LOG_QUERIES === 'true',
    runJobs: env.RUN_JOBS !== 'false',
    evidenceExpiringDays: integer('EVIDENCE_EXPIRING_DAYS', 30, env),
    maxUploadMb: integer('MAX_UPLOAD_MB', 10, env),
    attendanceReportGraceMinutes: integer('ATTENDANCE_REPORT_GRACE_MINUTES', 60, env),
    ...overrides,
  };
  if (production) {
    const missing = [
      !config.databaseUrl && 'DATABASE_URL',
      !env.PUBLIC_URL && 'PUBLIC_URL',
      !config.smtpUrl && 'SMTP_URL',
    ].filter(Boolean);
    if (missing.length) throw new Error(`In production these must be set: ${missing.join(', ')}`);
  }
  return config;
}
