console.log('playground: coming');
