// Settings page. Retention and export/import appear here once the background offers them (see lib/protocol).
export function OptionsApp() {
  return (
    <main class="options">
      <h1>Quotelens settings</h1>
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">Your data</h2>
        <p>
          Quotelens keeps the articles you read and their quotes in this browser only. Nothing is sent anywhere.
          Delete single articles or your whole history from the side panel's History view.
        </p>
      </section>
    </main>
  );
}
