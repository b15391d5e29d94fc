package org.specloop.readside.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.ResolvableType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractGenericHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes lists as CSV when the client asks for text/csv: a page-shaped record (a component
 * {@code items} that is a list, beside page, size and total) or a plain list of records. Anything
 * else (one lot, a problem) is not a list, so text/csv for it stays 406. The page's total travels in
 * {@code X-Total-Count}, and the file is offered as a download named after the path
 * ({@code /api/lots/L-1/measurements} gives {@code lots-L-1-measurements.csv}).
 */
public class CsvHttpMessageConverter extends AbstractGenericHttpMessageConverter<Object> {
    private final ObjectMapper json;

    public CsvHttpMessageConverter(ObjectMapper json) {
        super(new MediaType(CsvExport.TEXT_CSV, StandardCharsets.UTF_8));
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || itemsComponent(type) != null;
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return false;
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected void writeInternal(Object value, Type type, HttpOutputMessage output) throws IOException {
        Collection<?> rows;
        Class<?> rowType;
        RecordComponent items = itemsComponent(value.getClass());
        if (items != null) {
            rows = (Collection<?>) read(items, value);
            rowType = rowType(type == null ? null : ResolvableType.forType(type).getGeneric(0), rows);
            Object total = Arrays.stream(value.getClass().getRecordComponents())
                    .filter(c -> c.getName().equals("total")).findFirst().map(c -> read(c, value)).orElse(null);
            if (total != null) {
                output.getHeaders().set("X-Total-Count", total.toString());
            }
        } else {
            rows = (Collection<?>) value;
            rowType = rowType(type == null ? null : ResolvableType.forType(type).asCollection().getGeneric(0), rows);
        }
        output.getHeaders().setContentDisposition(ContentDisposition.attachment().filename(fileName()).build());
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        CsvTable.of(rowType, json).write(rows == null ? List.of() : rows, writer);
    }

    @Override
    protected Object readInternal(Class<?> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is written, not read", input);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is written, not read", input);
    }

    /** The declared item type (so that an empty page still has its header), else the first row's. */
    private static Class<?> rowType(ResolvableType declared, Collection<?> rows) {
        Class<?> resolved = declared == null ? null : declared.resolve();
        if (resolved != null && resolved != Object.class) {
            return resolved;
        }
        return rows == null || rows.isEmpty() || rows.iterator().next() == null ? Object.class
                : rows.iterator().next().getClass();
    }

    /**
     * Spring asks every converter whether it can write a response's type to list what it may produce, so
     * this runs for every JSON answer too; the record's components are looked up once per class.
     */
    private static final ClassValue<Optional<RecordComponent>> ITEMS = new ClassValue<>() {
        @Override
        protected Optional<RecordComponent> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            RecordComponent[] components = type.getRecordComponents();
            boolean paged = Arrays.stream(components).anyMatch(c -> c.getName().equals("total"));
            return paged ? Arrays.stream(components)
                    .filter(c -> c.getName().equals("items") && List.class.isAssignableFrom(c.getType()))
                    .findFirst() : Optional.empty();
        }
    };

    private static RecordComponent itemsComponent(Class<?> type) {
        return ITEMS.get(type).orElse(null);
    }

    private static Object read(RecordComponent component, Object value) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /** The path after /api/ with slashes as dashes, only letters, digits, dot, dash and underscore kept. */
    static String fileName() {
        String path = "export";
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String uri = request.getRequestURI().substring(request.getContextPath().length());
            path = uri.replaceFirst("^/api/", "").replaceFirst("^/", "");
        }
        String name = path.replace('/', '-').replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.-]+", "");
        return (name.isBlank() ? "export" : name) + ".csv";
    }
}
