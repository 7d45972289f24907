/** The repository an action run works on. */
export interface RepoRef {
  owner: string;
  repo: string;
}
