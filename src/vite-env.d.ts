// The service worker's virtual module (virtual:pwa-register/react), used by src/app/UpdatePrompt.tsx.
/// <reference types="vite-plugin-pwa/react" />
