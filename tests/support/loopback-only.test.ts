import http from 'node:http';

describe('loopback-only guard', () => {
  it('when a test connects outside the machine, then the connection is refused before it leaves', () => {
    expect(() => http.get('http://login.microsoftonline.com/')).toThrow(/only loopback/);
  });
});
