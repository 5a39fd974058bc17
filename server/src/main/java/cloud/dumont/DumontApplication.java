package cloud.dumont;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DumontApplication {
    public static void main(String[] args) {
        SpringApplication.run(DumontApplication.class, args);
    }
}
