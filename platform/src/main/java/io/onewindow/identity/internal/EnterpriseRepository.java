package io.onewindow.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface EnterpriseRepository extends CrudRepository<Enterprise, UUID> {

    // Written out, as PersonRepository's look-up by ID: a derived query is rendered anew on every call.
    @Query("select * from identity.enterprise where uscc = :uscc")
    Optional<Enterprise> findByUscc(String uscc);

    @Query("""
            select e.* from identity.enterprise e
            where e.legal_representative_id = :personId
               or exists (select 1 from identity.enterprise_agent a where a.enterprise_id = e.id and a.person_id = :personId)
            order by e.name""")
    List<Enterprise> findActingFor(UUID personId);
}
