/* Card payment with Stripe's own card element.
 *
 * The card number never reaches Souk Tadamon: it is typed into Stripe's frame and sent to
 * Stripe by Stripe.js, which confirms the PaymentIntent whose client secret the page holds.
 * Afterwards the browser goes to the order's return page, where the server asks Stripe
 * itself whether the payment succeeded. This file is only included on the payment page,
 * which exists only when Stripe keys are configured. */
(function () {
  "use strict";

  function start() {
    var form = document.getElementById("card-payment");
    if (!form) {
      return;
    }
    var errors = document.getElementById("card-errors");
    var button = document.getElementById("card-submit");
    if (typeof window.Stripe !== "function") {
      errors.textContent = form.dataset.failedText;
      return;
    }
    // Stripe's own messages ("Your card was declined.") in Arabic or French; Stripe has no
    // Tamazight, so those pages let Stripe pick from the browser's languages.
    var stripe = window.Stripe(form.dataset.publishableKey, { locale: form.dataset.locale });
    var card = stripe.elements().create("card", { hidePostalCode: true });
    card.mount("#card-element");
    if (typeof card.on === "function") {
      card.on("change", function (event) {
        errors.textContent = event && event.error ? event.error.message : "";
      });
    }
    button.disabled = false;

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      button.disabled = true;
      errors.textContent = "";
      stripe
        .confirmCardPayment(form.dataset.clientSecret, { payment_method: { card: card } })
        .then(function (result) {
          if (result.error) {
            errors.textContent = result.error.message || form.dataset.failedText;
            button.disabled = false;
            return;
          }
          window.location.assign(form.dataset.returnUrl);
        });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
