#![cfg(feature = "spapi-stub")]
