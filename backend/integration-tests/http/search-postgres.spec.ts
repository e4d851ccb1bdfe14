import { searchBehaviourSuite } from "./helpers/search-behaviour"

// The search a shopper gets by default: PostgreSQL through genussnetz's German provider.
searchBehaviourSuite("search-postgres-german")
