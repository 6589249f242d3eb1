export type Role = 'preparer' | 'head' | 'reviewer' | 'admin';

export interface Actor {
  username: string;
  role: Role;
  department: string | null;
}
