import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';

interface AuthLayoutProps {
  title: string;
  children: ReactNode;
}

/** The calm single-card layout of everything shown before the vault is open. */
export function AuthLayout({ title, children }: AuthLayoutProps) {
  return (
    <div className="auth-layout">
      <main className="auth-card">
        <BrandMark />
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
