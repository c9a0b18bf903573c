export default defineBackground(() => {
  // wired by the background/storage work
});
