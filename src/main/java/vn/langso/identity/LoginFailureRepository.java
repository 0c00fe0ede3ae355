package vn.langso.identity;

import org.springframework.data.repository.ListCrudRepository;

interface LoginFailureRepository extends ListCrudRepository<LoginFailure, String> {
}
