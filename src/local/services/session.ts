// Session: the active and effective user, the script's time zone and the user's locale.
import { ServiceObject } from '../counter';

export class FakeUser extends ServiceObject {
  readonly serviceName = 'User';
  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string {
    return this.email;
  }
}

export class FakeSession extends ServiceObject {
  readonly serviceName = 'Session';
  constructor(
    /** The active user's email as this execution may know it ('' when it may not). */
    private readonly user: () => string,
    private readonly timeZone: string,
    private readonly locale: string,
    /** Whose authority the script runs with. */
    private readonly effective: () => string = user,
  ) {
    super();
  }
  getActiveUser(): FakeUser {
    return new FakeUser(this.user());
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.effective());
  }
  getScriptTimeZone(): string {
    return this.timeZone;
  }
  getActiveUserLocale(): string {
    return this.locale;
  }
  getTemporaryActiveUserKey(): string {
    return Buffer.from(this.user()).toString('base64');
  }
}
