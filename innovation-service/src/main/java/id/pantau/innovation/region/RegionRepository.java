package id.pantau.innovation.region;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface RegionRepository extends MongoRepository<Region, String> {

    Page<Region> findByParentCode(String parentCode, Pageable pageable);
}
