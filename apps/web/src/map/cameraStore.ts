import { useSyncExternalStore } from 'react';
import type { CanvasSize, ViewMatrix } from './cameraView';

export interface CameraState {
  view: ViewMatrix;
  size: CanvasSize;
}

export interface CameraStore {
  get(): CameraState | null;
  set(state: CameraState): void;
  subscribe(listener: () => void): () => void;
}

/**
 * Where the camera is, outside React's state: it changes on every frame of a pan, and only the
 * overlays drawn over the canvas (labels, wardrobe marks) follow it.
 */
export function createCameraStore(): CameraStore {
  let state: CameraState | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      state = { view: Float32Array.from(next.view), size: next.size };
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useCamera(store: CameraStore): CameraState | null {
  return useSyncExternalStore(store.subscribe, store.get, () => null);
}
