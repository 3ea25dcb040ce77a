import type { ReactNode } from 'react';

export interface NavLeaf {
  key: string;
  label: string;
  path?: string;
  resources: string[];
  /** Shown to every signed-in user. */
  always?: boolean;
}
export interface NavGroup {
  key: string;
  label: string;
  icon: ReactNode;
  children: NavLeaf[];
}
export type NavEntry = (NavLeaf & { icon: ReactNode }) | NavGroup;
