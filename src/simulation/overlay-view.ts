/** What the editor's canvas components import for playback overlays: small, in the main bundle. */
export { useEdgeOverlay, useNodeOverlay, useSpeed } from './hooks';
export { edgePaint, overlayRing } from './canvas/paint';
export { NodeOverlayBadges } from './canvas/NodeOverlayBadges';
export { EdgeToken } from './canvas/EdgeToken';
