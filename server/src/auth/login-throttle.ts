import type { Config } from '../config.js';
import { tooManyRequests } from '../common/errors.js';
import type { Orm } from '../db/orm.js';

interface Limit {
  prefix: string;
  points: number;
}

/**
 * Failed sign-ins counted in Postgres (table login_throttle), so every API process shares the
 * count: per account+address against guessing one password, per address against spraying.
 * Hand-written because rate-limiter-flexible's Postgres store uses named prepared statements,
 * which collide on the embedded database's single shared session.
 */
export class LoginThrottle {
  private readonly perAccount: Limit;
  private readonly perAddress: Limit;

  constructor(
    private readonly orm: Orm,
    private readonly config: Config['login'],
  ) {
    this.perAccount = { prefix: 'account', points: config.attemptsPerAccount };
    this.perAddress = { prefix: 'address', points: config.attemptsPerAddress };
  }

  /** Throws TOO_MANY_REQUESTS while either counter is used up. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const rows = await this.orm.em.fork().execute<{ points: number; expire: string }[]>(
      `select points, expire from login_throttle where key in (?, ?) and expire > ? and points >= case when key like 'account:%' then ? else ? end`,
      [this.key(this.perAccount, email, ip), this.key(this.perAddress, ip), Date.now(), this.perAccount.points, this.perAddress.points],
    );
    if (rows.length) {
      const until = Math.max(...rows.map((row) => Number(row.expire)));
      throw tooManyRequests((until - Date.now()) / 1000);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const now = Date.now();
    const expire = now + this.config.windowSeconds * 1000;
    for (const key of [this.key(this.perAccount, email, ip), this.key(this.perAddress, ip)]) {
      await this.orm.em.fork().execute(
        `insert into login_throttle (key, points, expire) values (?, 1, ?)
         on conflict (key) do update set
           points = case when login_throttle.expire > ? then login_throttle.points + 1 else 1 end,
           expire = case when login_throttle.expire > ? then login_throttle.expire else excluded.expire end`,
        [key, expire, now, now],
      );
    }
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.orm.em.fork().execute(`delete from login_throttle where key = ?`, [this.key(this.perAccount, email, ip)]);
  }

  private key(limit: Limit, ...parts: string[]): string {
    return `${limit.prefix}:${parts.join('|')}`.slice(0, 255);
  }
}
