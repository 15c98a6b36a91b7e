// Portcullis console: registering a security key or passkey (WebAuthn).
// The "Add security key" button asks the server to begin a registration; its oncomplete hands
// the options here, the browser creates the credential, and the finishKey remote command posts
// it as JSON. The server verifies everything (Yubico's java-webauthn-server).
var PortcullisWebAuthn = (function () {
  "use strict";

  function create(args) {
    if (!args || args.validationFailed || !args.options) {
      return;
    }
    if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
      keyFailed();
      return;
    }
    var publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(
      JSON.parse(args.options).publicKey);
    navigator.credentials.create({ publicKey: publicKey }).then(function (credential) {
      finishKey([{ name: "credential", value: JSON.stringify(credential.toJSON()) }]);
    }, function () {
      keyFailed();
    });
  }

  return { create: create };
}());
