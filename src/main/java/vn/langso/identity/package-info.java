/**
 * Who is who and where: the province, its communes and villages, the accounts and roles of citizens
 * and officials, the officials' public contact directory, and the append-only audit log of access to
 * personal data. Every other module scopes its data by the commune ids this module hands out.
 */
package vn.langso.identity;
