package id.pantau.innovation.opd;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface OpdRepository extends MongoRepository<Opd, String> {

    Optional<Opd> findByRegionCodeAndCode(String regionCode, String code);

    boolean existsByRegionCodeAndCode(String regionCode, String code);

    Page<Opd> findByRegionCode(String regionCode, Pageable pageable);

    List<Opd> findByRegionCode(String regionCode);
}
