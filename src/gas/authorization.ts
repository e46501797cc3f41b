// Whether the user has granted every scope the add-on asks for. A new version that asks for more
// (this one added drive.file and the Sheets service) stops the installed daily trigger until its
// owner authorises again, and the trigger cannot say so; onOpen, the sidebar and the Run Log can.
// ScriptApp.getAuthorizationInfo(FULL) answers in every mode but NONE (reference/script/authorization-info).

/** `required`: some scope is not granted; `url`: the page that grants it. */
export interface AuthorizationNeed {
  required: boolean;
  url: string;
}

export function authorizationNeed(): AuthorizationNeed {
  try {
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return { required: false, url: '' };
    return { required: true, url: info.getAuthorizationUrl() || '' };
  } catch (_err) {
    // Not answerable here (AuthMode.NONE): nothing is known, nothing is claimed.
    return { required: false, url: '' };
  }
}
