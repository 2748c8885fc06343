export * from './app-layout.js';
export * from './navigation.js';
