/** Users and roles, password login with signed JWTs, personal API tokens, and the security rules of the HTTP API. */
package cloud.dumont.identity;
