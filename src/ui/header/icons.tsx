/** Clock control icons as inline SVG: the Unicode media glyphs are missing from many fonts. */
const common = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'currentColor',
  'aria-hidden': true,
} as const;

export const PlayIcon = () => (
  <svg {...common}>
    <path d="M4 2.5v11l9-5.5z" />
  </svg>
);

export const PauseIcon = () => (
  <svg {...common}>
    <rect x="3" y="2.5" width="3.5" height="11" rx="0.5" />
    <rect x="9.5" y="2.5" width="3.5" height="11" rx="0.5" />
  </svg>
);

export const StepIcon = () => (
  <svg {...common}>
    <path d="M2.5 2.5v11l8-5.5z" />
    <rect x="11" y="2.5" width="2.5" height="11" rx="0.5" />
  </svg>
);

export const SkipIcon = () => (
  <svg {...common}>
    <path d="M1.5 2.5v11l6-5.5z" />
    <path d="M7.5 2.5v11l6-5.5z" />
    <rect x="13" y="2.5" width="1.8" height="11" rx="0.5" />
  </svg>
);
