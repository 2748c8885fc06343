import { useQuery } from '@apollo/client/react';
import { graphql } from '@oneday/shared-types';

const UsersDocument = graphql(`
  query Users {
    users {
      id
      email
      displayName
      role
      active
    }
  }
`);

export function UsersPage() {
  const { data, loading, error } = useQuery(UsersDocument);
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">Users</h1>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {loading && <p className="muted">Loading…</p>}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {data?.users.map((u) => (
            <tr key={u.id}>
              <td>{u.displayName}</td>
              <td>{u.email}</td>
              <td>{u.role.toLowerCase()}</td>
              <td>{u.active ? 'Active' : 'Disabled'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
