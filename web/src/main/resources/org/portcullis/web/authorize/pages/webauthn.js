// Portcullis hosted pages: WebAuthn ceremonies (security keys and passkeys).
// A form with data-webauthn="get" carries the server's options (data-options, the JSON of
// navigator.credentials.get); its button (or, with data-conditional, the browser's autofill)
// runs the ceremony, and the form posts the credential as JSON. A form with
// data-webauthn="create" registers a key the same way (navigator.credentials.create), once the
// form's fields are valid. The server verifies everything.
(function () {
  "use strict";

  function options(form) {
    return PublicKeyCredential.parseRequestOptionsFromJSON(
      JSON.parse(form.dataset.options).publicKey);
  }

  function submit(form, credential) {
    form.querySelector("input[name=credential]").value = JSON.stringify(credential.toJSON());
    form.submit();
  }

  function failed(form, error) {
    if (error && error.name === "AbortError") {
      return; // a conditional request gave way to a button press
    }
    var problem = form.querySelector("#webauthn-problem");
    if (problem) {
      problem.hidden = false;
    }
  }

  function start(form, abort) {
    var request = { publicKey: options(form) };
    if (abort) {
      request.signal = abort.signal;
    }
    navigator.credentials.get(request).then(function (credential) {
      if (credential) {
        submit(form, credential);
      }
    }, function (error) {
      failed(form, error);
    });
  }

  document.querySelectorAll("form[data-webauthn=create]").forEach(function (form) {
    if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
      failed(form, null);
      return;
    }
    form.querySelector("[data-webauthn-start]").addEventListener("click", function () {
      if (!form.reportValidity()) {
        return;
      }
      var publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(
        JSON.parse(form.dataset.options).publicKey);
      navigator.credentials.create({ publicKey: publicKey }).then(function (credential) {
        submit(form, credential);
      }, function (error) {
        failed(form, error);
      });
    });
  });

  document.querySelectorAll("form[data-webauthn=get]").forEach(function (form) {
    if (!window.PublicKeyCredential || !PublicKeyCredential.parseRequestOptionsFromJSON) {
      form.hidden = true;
      return;
    }
    var conditional = null;
    var button = form.querySelector("[data-webauthn-start]");
    button.addEventListener("click", function () {
      if (conditional) {
        conditional.abort();
        conditional = null;
      }
      start(form, null);
    });
    if (form.dataset.autostart === "true") {
      start(form, null);
    } else if (form.dataset.conditional === "true"
        && PublicKeyCredential.isConditionalMediationAvailable) {
      PublicKeyCredential.isConditionalMediationAvailable().then(function (available) {
        if (!available) {
          return;
        }
        conditional = new AbortController();
        var request = { publicKey: options(form), mediation: "conditional",
          signal: conditional.signal };
        navigator.credentials.get(request).then(function (credential) {
          if (credential) {
            submit(form, credential);
          }
        }, function (error) {
          failed(form, error);
        });
      });
    }
  });
}());
