package io.github.citekit.internal.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacesTest {
    @Test
    void citiesCountriesAndStatesAreKnownAsImprintsPrintThem() {
        assertTrue(Places.isPlace("New York"));
        assertTrue(Places.isCity(" München"));
        assertTrue(Places.isPlace("D. C."), "the letters of an abbreviation, spaced or not");
        assertTrue(Places.isPlace("D.C"));
        assertTrue(Places.isPlace("Calif."));
        assertTrue(Places.isPlace("The Netherlands"));
        assertTrue(Places.isPlace("Portugal"), "countries come from the JDK's locale data");
        assertTrue(Places.isPlace("U.S.A."));
        assertFalse(Places.isCity("Portugal"), "a country is not a city");
        assertFalse(Places.isPlace("Springer"));
        assertFalse(Places.isPlace("Easton"), "a town the list lacks");
    }

    @Test
    void aCountryTypedWithOneLetterWrongIsStillARegion() {
        assertTrue(Places.isMisspeltRegion("Swizerland"));
        assertTrue(Places.isMisspeltRegion("Beligium"));
        assertFalse(Places.isMisspeltRegion("Gedisa"), "two letters from Georgia: a publisher");
        assertFalse(Places.isMisspeltRegion("Switzerland"), "spelt right: no letter away");
    }

    @Test
    void aPublisherReadIntoThePlaceIsTheNamePartThatIsNoPlace() {
        assertEquals(Map.of("publisher", "Harbour Books", "publisher-place", "New York"), after("Harbour Books, New York"));
        assertEquals(Map.of("publisher", "Éditions du Port", "publisher-place", "Paris"), after("Paris, Éditions du Port"));
        assertEquals(Map.of("publisher", "Tidewater", "publisher-place", "New York City, NY"), after("New York City, NY, Tidewater"));
        assertEquals(Map.of("publisher-place", "Cambridge, MA"), after("Cambridge, MA"), "two places");
        assertEquals(Map.of("publisher-place", "Easton, PA"), after("Easton, PA"), "a town the list lacks, before its state");
        assertEquals(Map.of("publisher-place", "Ljubljana, SI"), after("Ljubljana, SI"), "a country's code");
        assertEquals(Map.of("publisher-place", "Zurich, Swizerland"), after("Zurich, Swizerland"));
        assertEquals(Map.of("publisher-place", "Tokyo, October"), after("Tokyo, October"), "a month");
        assertEquals(Map.of("publisher-place", "Makua, Cuwabo"), after("Makua, Cuwabo"), "no part known");
    }

    @Test
    void aPlaceReadIntoThePublisherIsTheNamePartThatIsAPlace() {
        assertEquals(Map.of("publisher", "Harbour Books", "publisher-place", "Lausanne"), publisherAfter("Harbour Books, Lausanne"));
        assertEquals(Map.of("publisher", "Tidewater", "publisher-place", "Boston, MA"), publisherAfter("Tidewater, Boston, MA"));
        assertEquals(Map.of("publisher", "Université de Rivage", "publisher-place", "U.S.A."), publisherAfter("Université de Rivage, U.S.A."));
        assertEquals(Map.of("publisher", "Little, Brown, and Company"), publisherAfter("Little, Brown, and Company"), "no place");
        assertEquals(Map.of("publisher", "Harbour Books, Inc"), publisherAfter("Harbour Books, Inc"));
        assertEquals(Map.of("publisher", "Harbour Books, Easton, PA"), publisherAfter("Harbour Books, Easton, PA"),
                "a town the list lacks before its state");
    }

    private static Map<String, String> publisherAfter(String publisher) {
        Map<String, String> f = new HashMap<>(Map.of("publisher", publisher));
        ImprintFields.placeReadIntoPublisher(f);
        return f;
    }

    private static Map<String, String> after(String place) {
        Map<String, String> f = new HashMap<>(Map.of("publisher-place", place));
        ImprintFields.publisherBesidePlace(f);
        return f;
    }
}
